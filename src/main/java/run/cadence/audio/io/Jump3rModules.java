package run.cadence.audio.io;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

/**
 * jump3r's LAME modules, made and wired to each other as its {@code LameEncoder} does, minus the input
 * parsing ({@code GetAudio}, {@code Parse}) that only reading a file needs. {@link Mp3Sink} encodes with
 * {@link #lame}; the tests' MP3 decoder wires its file reader to {@link #version}, {@link #id3},
 * {@link #presets} and {@link #mpg}, so both sides run the same wiring. The {@code setModules} calls only
 * store references, so their order does not matter.
 */
final class Jump3rModules {
    final Lame lame = new Lame();
    final Presets presets = new Presets();
    final Version version = new Version();
    final ID3Tag id3 = new ID3Tag();
    final MPGLib mpg = new MPGLib();

    Jump3rModules() {
        GainAnalysis gain = new GainAnalysis();
        BitStream bits = new BitStream();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        VBRTag vbrTag = new VBRTag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        Interface decoderInterface = new Interface();
        Common common = new Common();
        lame.setModules(gain, bits, presets, quantizePvt, quantize, vbrTag, version, id3, mpg);
        bits.setModules(gain, mpg, version, vbrTag);
        id3.setModules(bits, version);
        presets.setModules(lame);
        quantize.setModules(bits, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bits);
        takehiro.setModules(quantizePvt);
        vbrTag.setModules(lame, bits, version);
        mpg.setModules(decoderInterface, common);
        decoderInterface.setModules(vbrTag, common);
    }
}
