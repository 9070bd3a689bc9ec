package io.partnerhub.kit.web;

import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 NIO connector, whose connections refused with an error close the way RFC 9112
 * §9.6 asks: the answer is sent, the output is half-closed, and what the client is still sending is
 * read and dropped until it closes too (see {@link LingeringHttp11Processor}).
 */
public class LingeringHttp11NioProtocol extends Http11NioProtocol {

    @Override
    protected Processor createProcessor() {
        return new LingeringHttp11Processor(this, getAdapter());
    }
}
