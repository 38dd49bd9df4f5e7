package run.cadence.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.CadenceIncrease;

/**
 * {@code --increase}: a percentage ({@code 5%}) or steps per minute with a sign or unit ({@code +8}, {@code 8spm}). A
 * bare number is refused as ambiguous: most runners mean 5% when they type 5, which as steps per minute is about 3%.
 */
public final class IncreaseConverter implements ITypeConverter<CadenceIncrease> {
    @Override
    public CadenceIncrease convert(String value) {
        String t = value.trim();
        if (t.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw new TypeConversionException("increase '" + value + "' is ambiguous: write " + t
                    + "% for a percentage or +" + t + " for steps per minute");
        }
        try {
            return CadenceIncrease.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
