package se.finsam.uppfoljning.plattform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * Lets resources receive the kernel's value types from the address ({@code @PathParam("ar") Ar ar}).
 * A part that is not one answers 400 {@code PLT-425} naming the parameter, not the 404 JAX-RS gives a
 * path parameter it cannot convert: "/pm/20x4/1" is a malformed address, not a missing PM. The
 * refusal travels as the cause of a {@link BadRequestException} because Jersey passes a
 * WebApplicationException from a converter on as it is, and the central mapping looks for the
 * application's exception among the causes.
 */
@Provider
public class Vardetyper implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Ar.class) {
            return (ParamConverter<T>) converter(name, Ar::parse, Ar::toString);
        }
        if (rawType == InsatsId.class) {
            return (ParamConverter<T>) converter(name, InsatsId::parse, InsatsId::toString);
        }
        if (rawType == ForbundKod.class) {
            return (ParamConverter<T>) converter(name, ForbundKod::new, ForbundKod::varde);
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, Function<V, String> print) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException(UppfoljningException.withFields(PlattformFel.OGILTIG_ADRESSDEL,
                            List.of(new FieldError(name, e.getMessage())), name));
                }
            }

            @Override
            public String toString(V value) {
                return print.apply(value);
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof jakarta.ws.rs.PathParam p) {
                return p.value();
            }
            if (a instanceof jakarta.ws.rs.QueryParam q) {
                return q.value();
            }
        }
        return "parameter";
    }
}
