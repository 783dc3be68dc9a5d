package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Belopp} as its öre in a {@code bigint} column. */
@Converter
public class BeloppConverter implements AttributeConverter<Belopp, Long> {

    @Override
    public Long convertToDatabaseColumn(Belopp belopp) {
        return belopp == null ? null : belopp.ore();
    }

    @Override
    public Belopp convertToEntityAttribute(Long ore) {
        return ore == null ? null : new Belopp(ore);
    }
}
