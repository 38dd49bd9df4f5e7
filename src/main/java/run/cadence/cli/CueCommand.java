package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.CadenceException;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.OutputFile;
import run.cadence.voice.CueFolderSpeech;
import run.cadence.voice.CueTone;
import run.cadence.voice.Phrase;
import run.cadence.voice.Speech;

/** Tools for the spoken cues: the file name a recording needs, and hearing a phrase as a session would. */
@Command(name = "cue", mixinStandardHelpOptions = true,
        description = "Spoken cues: name your own recordings, or render a phrase to hear a voice.",
        subcommands = {CueCommand.Name.class, CueCommand.Say.class})
public final class CueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing command: 'cadence cue name TEXT' or 'cadence cue say TEXT --out FILE.mp3'");
    }

    @Command(name = "name", mixinStandardHelpOptions = true,
            description = {"Print the file name that replaces a phrase in a --cues folder.",
                    "Example: cadence cue name \"Run, one minute, one seventy two\"",
                    "  prints run-one-minute-one-seventy-two.wav"})
    static final class Name implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The phrase, as the session speaks it.")
        List<String> words = List.of();

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Print the per-kind file instead, used for every cue of that kind: ${COMPLETION-CANDIDATES}.")
        CueTone kind;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            if (kind != null) {
                if (!words.isEmpty()) {
                    throw CadenceException.badInput("give either TEXT or --kind, not both");
                }
                out.println(CueFolderSpeech.fileName(kind));
                return;
            }
            String text = String.join(" ", words).strip();
            String name = CueFolderSpeech.fileName(text);
            if (text.isEmpty() || name.equals(".wav")) {
                throw CadenceException.badInput("give the phrase to name, e.g. cadence cue name \"Walk, four minutes\"");
            }
            out.println(name);
        }
    }

    @Command(name = "say", mixinStandardHelpOptions = true,
            description = {"Render one phrase with the chosen voice to an MP3 or WAV file, as a session would speak it.",
                    "Example: cadence cue say \"Run, one minute, one seventy two\" --voice espeak --out run.mp3"})
    static final class Say implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The phrase to speak.")
        List<String> words;

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "info",
                description = "Kind of cue, for --no-voice tones and per-kind recordings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        CueTone kind;

        @Option(names = "--out", paramLabel = "FILE.wav|FILE.mp3", required = true, description = "Where to write the phrase.")
        Path out;

        @Mixin
        VoiceOptions voice;

        @Override
        public void run() {
            // OutputFile picks WAV or MP3 by extension and refuses anything else (a folder such as '/' too).
            OutputFile file = OutputFile.of(out);
            Phrase phrase = Phrase.of(kind, String.join(" ", words));
            RenderFormat format = RenderFormat.MONO_44K;
            float[] clip;
            String speechName;
            // Opened before speaking, so an unwritable path fails fast; closed unfinished, it leaves no file.
            try (AudioSink sink = file.open(out, format, 0)) { // a phrase: seconds, far from any size limit
                try (Speech speech = voice.settings().open()) {
                    clip = speech.render(phrase, format.sampleRate());
                    speechName = speech.name();
                }
                write(sink, clip);
                sink.finish();
            } catch (IOException e) {
                throw CadenceException.runtime("cannot write '" + out + "': " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: '%s' by %s, %.2f s%n",
                    out, phrase.text(), speechName, clip.length / (double) format.sampleRate());
        }

        /** In blocks of at most {@link OutputFile#BLOCK_FRAMES}: the largest a file sink is sized to take. */
        private static void write(AudioSink sink, float[] clip) throws IOException {
            float[] block = new float[OutputFile.BLOCK_FRAMES];
            for (int from = 0; from < clip.length; from += block.length) {
                int frames = Math.min(block.length, clip.length - from);
                System.arraycopy(clip, from, block, 0, frames);
                sink.write(block, frames);
            }
        }
    }
}
