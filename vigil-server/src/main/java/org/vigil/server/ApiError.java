package org.vigil.server;

/**
 * A request that ends with an HTTP error status and {@code {"error": message}}; the one exception type the
 * handlers throw besides {@link org.vigil.store.analytics.BadParameterException} (400). Mapped in
 * {@link VigilServer} with every other exception.
 */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
