"""Code run in a Jupyter kernel through a server's websocket, without a browser: what
JupyterLab sends when a learner runs a cell (tests/routes/hubclient.py uses it on a hub)."""

import json
import re
import uuid


class Kernel:
    """Code run in a kernel over the server's websocket, as JupyterLab sends it."""

    def __init__(self, url, token, timeout):
        import websocket

        self.socket = websocket.create_connection(
            url, header=[f"Authorization: token {token}"], timeout=timeout)
        self.session = uuid.uuid4().hex

    def run(self, code):
        """Run `code`; returns what it printed. An error in the kernel fails the test."""
        msg_id = uuid.uuid4().hex
        self.socket.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                       "session": self.session, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        printed, errors = [], []
        while True:
            message = json.loads(self.socket.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                errors.append("\n".join(content["traceback"]))
            elif kind == "status" and content["execution_state"] == "idle":
                break
        assert not errors, re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(errors))[-3000:]
        return "".join(printed)

    def close(self):
        self.socket.close()
