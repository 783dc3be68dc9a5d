package se.finsam.uppfoljning.plattform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

/**
 * A request-scoped resource below one insats ({@code insatser/{insatsId}/…}): what each of them
 * hands its boundary on every call, the caller of the request and the insats of the path (a bad id
 * answers 400 PLT-425, see {@link Vardetyper}).
 */
public abstract class InsatsResurs {

    @Inject
    protected CurrentCaller caller;

    @PathParam("insatsId")
    protected InsatsId insatsId;
}
