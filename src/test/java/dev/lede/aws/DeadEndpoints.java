package dev.lede.aws;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Two real network dead ends on the loopback interface, for timeouts that really happen in the socket:
 * a server that accepts and reads requests but never answers (a read timeout), and a port whose accept
 * queue is full, so the kernel drops new connection attempts (a connect timeout). Both close with the
 * test.
 */
final class DeadEndpoints implements AutoCloseable {
  private final ServerSocket silent;
  private final ServerSocket full;
  private final List<Socket> held = new ArrayList<>();
  private final Thread acceptor;

  DeadEndpoints() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    silent = new ServerSocket(0, 50, loopback);
    acceptor = new Thread(() -> {
      while (!silent.isClosed()) {
        try {
          Socket s = silent.accept();
          synchronized (held) {
            held.add(s);
          }
          Thread reader = new Thread(() -> drain(s), "dead-end-reader");
          reader.setDaemon(true);
          reader.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "dead-end-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();

    full = new ServerSocket(0, 1, loopback); // never accepts
    for (int i = 0; i < 4; i++) {
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(loopback, full.getLocalPort()), 300);
        held.add(s);
      } catch (IOException e) {
        s.close(); // the queue is full: what the client under test will meet
        break;
      }
    }
  }

  private static void drain(Socket s) {
    try (InputStream in = s.getInputStream()) {
      byte[] buf = new byte[8192];
      while (in.read(buf) >= 0) {
        // read the request, answer nothing
      }
    } catch (IOException e) {
      // closed
    }
  }

  /** A port that accepts connections and reads requests, and never sends a byte back. */
  int silentPort() {
    return silent.getLocalPort();
  }

  /** A port whose accept queue is full: connecting times out. */
  int fullPort() {
    return full.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    silent.close();
    full.close();
    synchronized (held) {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
