package se.finsam.uppfoljning.plattform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
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

    /**
     * The half-year of an address whose year and half-year are two parts ({@code pm/{ar}/{halvar}}):
     * the year arrives converted, the half-year's number is checked here with the same answer.
     */
    public static Halvar halvar(Ar ar, String halvar) {
        return ar.halvar(converter("halvar", Halvar::parseNummer, String::valueOf).fromString(halvar));
    }

    /** As {@link #halvar}, for a quarter ({@code .../{ar}/{kvartal}}). */
    public static Rapportperiod kvartal(Ar ar, String kvartal) {
        // anything but one digit 1–4 is quarter 0, which Rapportperiod refuses in its own words
        return converter("kvartal", (String k) -> new Rapportperiod(ar.varde(), k != null && k.matches("[1-4]") ? Integer.parseInt(k) : 0),
                Rapportperiod::toString).fromString(kvartal);
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, Function<V, String> print) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    // an absent query parameter: Jersey asks the converter for its default, which is none
                    return null;
                }
                try {
                    return Adressdel.avkoda(name, () -> parse.apply(value));
                } catch (UppfoljningException e) {
                    throw new BadRequestException(e);
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
