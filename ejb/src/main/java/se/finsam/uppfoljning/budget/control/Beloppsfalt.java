package se.finsam.uppfoljning.budget.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;
import java.util.Optional;

/**
 * Decodes an amount field of a request: a JSON number of kronor (125000 or 125000.50) or a text as
 * people type it ("125 000,50"). Anything else, a negative amount or fractions of an öre become a
 * field error naming the field, collected so a form can show every problem at once.
 */
public final class Beloppsfalt {

    private Beloppsfalt() {
    }

    public static Optional<Belopp> required(JsonValue value, String field, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "Belopp måste anges."));
            return Optional.empty();
        }
        return optional(value, field, errors);
    }

    public static Optional<Belopp> optional(JsonValue value, String field, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        try {
            Belopp belopp = switch (value) {
                case JsonNumber n -> Belopp.kronor(n.bigDecimalValue());
                case JsonString s -> Belopp.parse(s.getString());
                default -> throw new IllegalArgumentException("Beloppet ska vara ett tal i kronor.");
            };
            if (belopp.isNegative()) {
                errors.add(new FieldError(field, "Beloppet kan inte vara negativt."));
                return Optional.empty();
            }
            return Optional.of(belopp);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return Optional.empty();
        }
    }
}
