package vn.motcua.desk;

import com.vaadin.flow.server.VaadinRequest;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.web.OidcSettings;

/** The client a desk command came through, for the history: the web login's client id and the browser's address. */
final class Clients {

    private Clients() {
    }

    static ClientInfo current(OidcSettings oidc) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return new ClientInfo(oidc.getClientId(), request == null ? null : request.getRemoteAddr(), null);
    }
}
