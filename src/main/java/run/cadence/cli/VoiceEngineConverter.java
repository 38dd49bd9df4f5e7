package run.cadence.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.voice.VoiceEngine;
import run.cadence.voice.VoiceProblem;

/** {@code --voice freetts|espeak}, also accepting {@code espeak-ng}. */
public final class VoiceEngineConverter implements ITypeConverter<VoiceEngine> {
    @Override
    public VoiceEngine convert(String value) {
        try {
            return VoiceEngine.parse(value);
        } catch (VoiceProblem.UnknownEngine e) {
            throw new TypeConversionException(Problems.voice(e));
        }
    }
}
