package io.mouthpiece;

import ai.djl.engine.Engine;
import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.settings.AppDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The services open no network connection. Every java.net socket connect and URL connection asks the default
 * ProxySelector first; a recording selector sees them all. A loopback connect proves the probe works.
 */
class NoNetworkTest {
    private static final List<URI> seen = new CopyOnWriteArrayList<>();
    private static ProxySelector previous;

    @BeforeAll
    static void install() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override public List<Proxy> select(URI uri) {
                seen.add(uri);
                return List.of(Proxy.NO_PROXY);
            }
            @Override public void connectFailed(URI uri, SocketAddress sa, IOException ioe) { }
        });
    }

    @AfterAll
    static void restore() { ProxySelector.setDefault(previous); }

    @Test
    void probeSeesALoopbackConnect() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             Socket s = new Socket()) {
            s.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort()), 1000);
        }
        assertTrue(seen.stream().anyMatch(u -> "localhost".equals(u.getHost()) || String.valueOf(u.getHost()).startsWith("127.")), seen.toString());
    }

    @Test
    void servicesAndDjlEngineStartOffline(@TempDir Path tmp) throws Exception {
        assertEquals("true", System.getProperty("ai.djl.offline"), "Surefire sets the offline flag like Main does");
        seen.clear();
        AppServices services = AppServices.create(AppDirs.under(tmp));
        services.prober().probe(Path.of("assets/samples/astronaut/media/line.wav"));
        services.store().load(Path.of("assets/samples/astronaut"));
        Engine engine = Engine.getEngine("OnnxRuntime"); // where DJL would call home without the flag
        assertNotNull(engine.getVersion());
        List<URI> external = seen.stream().filter(u -> u.getHost() == null || !(u.getHost().startsWith("127.")
                || u.getHost().equals("localhost") || u.getHost().equals("[::1]"))).toList();
        assertEquals(List.of(), external, "no connection outside loopback");
    }
}
