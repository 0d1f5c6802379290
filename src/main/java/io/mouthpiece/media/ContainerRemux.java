package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

import java.nio.file.Path;

/**
 * Copies every packet of one container into a fresh one of the same kind, without re-encoding. Why: JavaCV 1.5.13's
 * FFmpegFrameRecorder hands Opus packets to the Matroska muxer with durations still in the encoder's 1/48000 time
 * base, so a WebM's header claimed ~0.94 s more sound than it holds (0.5 s → 1.441 s). The demuxer reads correct
 * packet durations back and {@code av_packet_rescale_ts} converts them, so the copy states the real lengths.
 * Plain libavformat (not FFmpegFrameRecorder) so that stream tags such as VP9's {@code alpha_mode=1} carry over.
 */
public final class ContainerRemux {
    private ContainerRemux() {}

    /** Writes {@code out} in format {@code container} from {@code in}'s packets; the caller owns both names. */
    public static void copy(Path in, Path out, String container) throws MediaException {
        AVFormatContext ic = new AVFormatContext(null);
        AVFormatContext oc = new AVFormatContext(null);
        AVPacket pkt = avcodec.av_packet_alloc();
        try {
            check(avformat.avformat_open_input(ic, in.toString(), null, null), "open " + in.getFileName());
            check(avformat.avformat_find_stream_info(ic, (AVDictionary) null), "read " + in.getFileName());
            check(avformat.avformat_alloc_output_context2(oc, null, container, out.toString()), "set up " + container);
            oc.metadata(tagsWithoutDuration(ic.metadata()));
            for (int i = 0; i < ic.nb_streams(); i++) {
                AVStream is = ic.streams(i);
                AVStream os = avformat.avformat_new_stream(oc, null);
                if (os == null) throw new MediaException("FFmpeg could not add a stream to " + out.getFileName());
                check(avcodec.avcodec_parameters_copy(os.codecpar(), is.codecpar()), "copy stream " + i);
                os.codecpar().codec_tag(0);
                os.time_base(is.time_base());
                os.metadata(tagsWithoutDuration(is.metadata()));
            }
            AVIOContext pb = new AVIOContext(null);
            check(avformat.avio_open(pb, out.toString(), avformat.AVIO_FLAG_WRITE), "create " + out.getFileName());
            oc.pb(pb);
            check(avformat.avformat_write_header(oc, (AVDictionary) null), "write the header of " + out.getFileName());
            while (avformat.av_read_frame(ic, pkt) >= 0) {
                int s = pkt.stream_index();
                avcodec.av_packet_rescale_ts(pkt, ic.streams(s).time_base(), oc.streams(s).time_base());
                pkt.pos(-1);
                check(avformat.av_interleaved_write_frame(oc, pkt), "write a packet to " + out.getFileName());
                avcodec.av_packet_unref(pkt);
            }
            check(avformat.av_write_trailer(oc), "finish " + out.getFileName());
        } finally {
            avcodec.av_packet_free(pkt);
            if (oc.pb() != null) avformat.avio_closep(oc.pb());
            if (!oc.isNull()) avformat.avformat_free_context(oc);
            if (!ic.isNull()) avformat.avformat_close_input(ic);
        }
    }

    /** The tags of {@code from} except DURATION, which the muxer works out again from the packets (null if none). */
    private static AVDictionary tagsWithoutDuration(AVDictionary from) {
        AVDictionary to = new AVDictionary(null);   // av_dict_set allocates it on the first entry
        AVDictionaryEntry e = null;
        while ((e = avutil.av_dict_get(from, "", e, avutil.AV_DICT_IGNORE_SUFFIX)) != null) {
            String key = e.key().getString();
            if (!key.equalsIgnoreCase("DURATION")) avutil.av_dict_set(to, key, e.value().getString(), 0);
        }
        return to.isNull() ? null : to;
    }

    private static void check(int ret, String what) throws MediaException {
        if (ret >= 0) return;
        BytePointer buf = new BytePointer(256);
        avutil.av_strerror(ret, buf, 256);
        throw new MediaException("Rewriting the container failed: cannot " + what + " (" + buf.getString() + ")");
    }
}
