package vn.motcua.catalog.service;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Test fixture, never in a jar: a service that reads the HTTP request itself instead of the caller
 * the web modules set. DependencyRulesTest checks that the rules catch it.
 */
class ReadsHttpFixture {

    String tenant(HttpServletRequest request) {
        return request.getHeader("X-Tenant");
    }
}
