-- Keycloak login sessions (the `sid` claim of the ID token) that a user ended with "Đăng xuất".
-- Both UIs, on every server, refuse a session born from such a login: logging out of the desk
-- also ends an admin tab opened with the same login, on a shared office computer. Not tenant-owned:
-- a login is the person's, not the unit's. Rows older than a week are deleted when new ones come.
CREATE TABLE ended_login (
    sid      VARCHAR(255) NOT NULL PRIMARY KEY,
    ended_at DATETIME(6)  NOT NULL,
    INDEX ix_ended_login_at (ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
