package org.readout.source.web;

import org.junit.jupiter.api.Test;
import org.readout.source.InputRejected;

import java.net.InetAddress;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressGuardTest {
    private static String kind(String literal) throws Exception {
        return AddressGuard.kind(InetAddress.getByName(literal));
    }

    @Test
    void nonPublicAddressesAreNamedByKind() throws Exception {
        assertEquals("loopback", kind("127.0.0.1"));
        assertEquals("loopback", kind("127.1.2.3"));
        assertEquals("loopback", kind("::1"));
        assertEquals("private", kind("10.1.2.3"));
        assertEquals("private", kind("172.16.0.1"));
        assertEquals("private", kind("172.31.255.255"));
        assertEquals("private", kind("192.168.1.1"));
        assertEquals("link-local", kind("169.254.169.254"));
        assertEquals("link-local", kind("fe80::1"));
        assertEquals("unique-local", kind("fd00::1"));
        assertEquals("unspecified", kind("0.0.0.0"));
        assertEquals("unspecified", kind("::"));
        assertEquals("shared (carrier-grade NAT)", kind("100.64.0.1"));
        assertEquals("multicast", kind("224.0.0.1"));
        assertEquals("reserved", kind("240.0.0.1"));
        assertEquals("documentation", kind("192.0.2.1"));
        assertEquals("private", kind("::ffff:10.0.0.1"), "IPv4-mapped");
        assertEquals("loopback", kind("2002:7f00:1::"), "6to4 of 127.0.0.1");
        assertEquals("private", kind("64:ff9b::c0a8:101"), "NAT64 of 192.168.1.1");
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertNull(kind("8.8.8.8"));
        assertNull(kind("172.32.0.1"));
        assertNull(kind("100.128.0.1"));
        assertNull(kind("2606:4700:4700::1111"));
        assertNull(kind("64:ff9b::808:808"));
    }

    @Test
    void aHostIsRefusedWhenItsAddressOrItsNameResolvesToLoopback() {
        InputRejected literal = assertThrows(InputRejected.class,
                () -> AddressGuard.publicOnly().check("x", URI.create("http://127.0.0.1:8080/")));
        assertEquals("refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address", literal.getMessage());
        InputRejected named = assertThrows(InputRejected.class,
                () -> AddressGuard.publicOnly().check("x", URI.create("http://localhost/")));
        assertTrue(named.getMessage().startsWith("refused to fetch from localhost: "), named.getMessage());
        assertDoesNotThrow(() -> AddressGuard.any().check("x", URI.create("http://127.0.0.1/")));
    }
}
