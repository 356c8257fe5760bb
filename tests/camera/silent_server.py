"""A stream server that accepts TCP connections and never answers: what a hung IP camera looks like."""

from __future__ import annotations

import socket
import threading


class SilentServer:
    """Listens on 127.0.0.1:<free port>; `accepted` is set once a client connects.

    Nothing is ever sent. `hang_up()` closes every connection (and refuses new ones), which makes a
    pending open fail at once, so a test decides when the open ends instead of waiting on a clock.
    """

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.accepted = threading.Event()
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._hung_up = False
        self._thread = threading.Thread(target=self._serve, name="SilentServer", daemon=True)
        self._thread.start()

    def url(self, scheme: str = "http", path: str = "x.mjpg") -> str:
        return f"{scheme}://127.0.0.1:{self.port}/{path}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return  # the listener was closed
            with self._lock:
                if self._hung_up:
                    connection.close()
                    continue
                self._connections.append(connection)
            self.accepted.set()

    def hang_up(self) -> None:
        with self._lock:
            self._hung_up = True
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()

    def close(self) -> None:
        self.hang_up()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        except OSError:
            pass
        self._listener.close()
        self._thread.join(5)
