package run.cadence.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.CadenceException;
import run.cadence.voice.VoiceEngine;

/** {@code --voice freetts|espeak}, also accepting {@code espeak-ng}. */
public final class VoiceEngineConverter implements ITypeConverter<VoiceEngine> {
    @Override
    public VoiceEngine convert(String value) {
        try {
            return VoiceEngine.parse(value);
        } catch (CadenceException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
