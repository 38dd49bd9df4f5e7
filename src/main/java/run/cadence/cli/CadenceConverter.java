package run.cadence.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.Cadence;

public final class CadenceConverter implements ITypeConverter<Cadence> {
    @Override
    public Cadence convert(String value) {
        try {
            return Cadence.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
