package se.finsam.uppfoljning.plattform.rest;

import se.finsam.uppfoljning.behorighet.rest.MigResource;
import se.finsam.uppfoljning.behorighet.rest.PersonerResource;
import se.finsam.uppfoljning.behorighet.rest.SystemadminResource;
import se.finsam.uppfoljning.datapaket.rest.DatapaketResource;
import se.finsam.uppfoljning.insats.rest.InsatserResource;
import se.finsam.uppfoljning.kvartalsrapport.rest.FragebatterierResource;
import se.finsam.uppfoljning.kvartalsrapport.rest.KvartalResource;
import se.finsam.uppfoljning.kvartalsrapport.rest.KvartalsrapporterResource;
import se.finsam.uppfoljning.kvartalsrapport.rest.PaminnelserResource;
import se.finsam.uppfoljning.partner.rest.PartnersResource;
import se.finsam.uppfoljning.pm.rest.PmResource;

import java.util.List;

/**
 * The API's resource classes, for the OpenAPI document. JAX-RS still finds them by scanning; this
 * list only says what to document, and OpenApiIT fails when a resource of the WAR is missing here.
 */
final class ApiResources {

    static final List<Class<?>> CLASSES = List.of(
            PingResource.class, MigResource.class, PartnersResource.class, PersonerResource.class,
            SystemadminResource.class, InsatserResource.class, KvartalResource.class,
            KvartalsrapporterResource.class, FragebatterierResource.class, PaminnelserResource.class,
            DatapaketResource.class, PmResource.class);

    private ApiResources() {
    }
}
