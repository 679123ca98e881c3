"""Minimal LSP client for the LinkHygiene language server (stdlib only)."""
import json
import os
import queue
import re
import subprocess
import threading
import time

# The server's command line; probe.py sets it from --server.
SERVER = ["linkhygiene", "lsp"]


def uri_of(path):
    from urllib.parse import quote
    return "file://" + quote(os.path.abspath(path))


class Server:
    def __init__(self, cwd, roots, log=None):
        self.proc = subprocess.Popen(SERVER, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, bufsize=0)
        self.lock = threading.Condition()
        self.next_id = 1
        self.responses = {}
        self.publish = {}   # (uri, version) -> list of diagnostics lists (every publish kept)
        self.traces = {}    # "name vN" -> message
        self.other = []
        self.stderr = []
        self.dead = False
        self.log = log
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()
        res = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri_of(roots[0]),
            "workspaceFolders": [{"uri": uri_of(r), "name": os.path.basename(r)} for r in roots],
            "capabilities": {},
        })
        self.init_result = res
        self.notify("initialized", {})
        self.notify("$/setTrace", {"value": "verbose"})

    # ---- transport
    def _send(self, msg):
        data = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def _read_err(self):
        for line in self.proc.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    def _read(self):
        f = self.proc.stdout
        try:
            while True:
                headers = {}
                while True:
                    line = f.readline()
                    if not line:
                        raise EOFError
                    line = line.decode("ascii").strip()
                    if not line:
                        break
                    k, v = line.split(":", 1)
                    headers[k.strip().lower()] = v.strip()
                n = int(headers["content-length"])
                body = b""
                while len(body) < n:
                    chunk = f.read(n - len(body))
                    if not chunk:
                        raise EOFError
                    body += chunk
                msg = json.loads(body.decode("utf-8"))
                self._dispatch(msg)
        except (EOFError, ValueError, OSError):
            with self.lock:
                self.dead = True
                self.lock.notify_all()

    def _dispatch(self, msg):
        if "id" in msg and "method" in msg:
            # a request from the server: answer with null
            self._send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            return
        with self.lock:
            if "id" in msg:
                self.responses[msg["id"]] = msg
            elif msg.get("method") == "textDocument/publishDiagnostics":
                p = msg["params"]
                self.publish.setdefault((p["uri"], p.get("version")), []).append(p["diagnostics"])
            elif msg.get("method") == "$/logTrace":
                m = msg["params"]["message"]
                mm = re.match(r"(\S+) v(\d+): (.*)", m)
                if mm:
                    self.traces.setdefault((mm.group(1), int(mm.group(2))), []).append(mm.group(3))
            else:
                self.other.append(msg)
                if self.log and msg.get("method") == "window/logMessage" and msg["params"].get("type") == 1:
                    self.log("SERVER ERROR: " + msg["params"]["message"][:2000])
            self.lock.notify_all()

    def request(self, method, params, timeout=30):
        with self.lock:
            i = self.next_id
            self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        end = time.time() + timeout
        with self.lock:
            while i not in self.responses:
                if self.dead or time.time() > end:
                    raise RuntimeError("no response to " + method)
                self.lock.wait(0.5)
            return self.responses.pop(i)

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    # ---- waiting
    def wait_version(self, uri, name, version, timeout=30):
        """Waits for publishDiagnostics and the trace of (uri, version); returns (diagnostics, trace)."""
        end = time.time() + timeout
        with self.lock:
            while True:
                pubs = self.publish.get((uri, version))
                tr = self.traces.get((name, version))
                if pubs and tr:
                    return pubs[-1], tr[-1]
                if self.dead:
                    raise RuntimeError("server died")
                if time.time() > end:
                    raise TimeoutError("timeout waiting for %s v%d (pub=%s trace=%s)" % (uri, version, bool(pubs), tr))
                self.lock.wait(0.5)

    def forget(self, uri, version, name):
        with self.lock:
            self.publish.pop((uri, version), None)
            self.traces.pop((name, version), None)

    def close(self):
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5)
        except Exception:
            self.proc.kill()


# ---- text helpers (LSP positions: lines end at CRLF, CR or LF; characters are UTF-16 code units)
def line_starts(text):
    starts = [0]
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        elif c == "\n":
            starts.append(i + 1)
        i += 1
    return starts


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def position(text, offset, starts=None):
    import bisect
    starts = starts or line_starts(text)
    line = bisect.bisect_right(starts, offset) - 1
    return {"line": line, "character": u16len(text[starts[line]:offset])}
