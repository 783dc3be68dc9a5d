package se.finsam.uppfoljning.plattform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The API's first gate: 401 without a valid token, 403 when the caller has none of the roles a
 * resource method lists. The facades check again per object (own partner, own förbund); this gate
 * only keeps out whoever may not call the operation at all. A method without {@code @RolesAllowed}
 * or {@code @PermitAll} is refused, so a forgotten annotation fails closed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (currentCaller.get().isEmpty()) {
            request.abortWith(Problem.unauthorized());
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        Caller caller = currentCaller.get().get();
        boolean permitted = allowed != null && Arrays.stream(allowed.value())
                .anyMatch(r -> caller.roles().stream().anyMatch(role -> role.claimValue().equals(r)));
        if (!permitted) {
            request.abortWith(Problem.forbidden());
        }
    }
}
