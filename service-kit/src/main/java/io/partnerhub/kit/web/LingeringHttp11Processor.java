package io.partnerhub.kit.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SecureNioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Lingers before a connection that ends in an error answer is closed.
 *
 * <p>Tomcat refuses a request line or headers over its limit after reading the first few
 * kilobytes, writes the 400 and closes the socket. The rest of the request is still unread, so the
 * kernel closes with a reset instead of a FIN, and a client still sending loses the answer it was
 * about to read ("connection reset", or no bytes at all). Here the answer is sent, the output
 * half-closed — the client reads the answer and an end of stream —, and the input read and dropped
 * until the client closes, for at most {@link #LINGER} and {@link #MAX_DRAINED_BYTES}.
 */
final class LingeringHttp11Processor extends Http11Processor {

    static final Duration LINGER = Duration.ofSeconds(2);
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 500;

    LingeringHttp11Processor(AbstractHttp11Protocol<?> protocol, Adapter adapter) {
        super(protocol, adapter);
    }

    @Override
    public SocketState service(SocketWrapperBase<?> socket) throws IOException {
        SocketState state = super.service(socket);
        if (state == SocketState.CLOSED && getErrorState().isError()
                && socket.getSocket() instanceof NioChannel channel && !(channel instanceof SecureNioChannel)) {
            linger(socket, channel);
        }
        return state;
    }

    private static void linger(SocketWrapperBase<?> socket, NioChannel channel) {
        try {
            channel.getIOChannel().shutdownOutput();
            socket.setReadTimeout(READ_TIMEOUT_MILLIS);
            ByteBuffer dropped = ByteBuffer.allocate(16 * 1024);
            long deadline = System.nanoTime() + LINGER.toNanos();
            long drained = 0;
            while (drained < MAX_DRAINED_BYTES && System.nanoTime() < deadline) {
                dropped.clear();
                int read = socket.read(true, dropped);
                if (read < 0) {
                    return;
                }
                drained += read;
            }
        } catch (IOException e) {
            // the client closed, reset or went quiet: nothing more to wait for before closing
        }
    }
}
