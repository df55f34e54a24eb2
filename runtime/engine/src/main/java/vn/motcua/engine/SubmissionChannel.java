package vn.motcua.engine;

/** How the dossier reached the desk (trực tiếp / trực tuyến / bưu chính công ích). */
public enum SubmissionChannel {
    IN_PERSON, ONLINE, POSTAL
}
