package vn.motcua.catalog.version;

/**
 * How the citizen is told where the dossier stands (thư điện tử / tin nhắn Zalo / tin nhắn SMS,
 * Quảng Trị 71/QĐ-UBND appendix II, "đăng ký hình thức nhận thông báo").
 */
public enum NotificationChannel {
    EMAIL, ZALO, SMS
}
