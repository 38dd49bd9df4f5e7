package run.cadence.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.CadenceIncrease;

public final class IncreaseConverter implements ITypeConverter<CadenceIncrease> {
    @Override
    public CadenceIncrease convert(String value) {
        try {
            return CadenceIncrease.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
