"""The engine must import without Qt, pyqtgraph or OpenCV (it runs headless and in workers)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ["PySide6", "pyqtgraph", "cv2"]

SCRIPT = """
import json, sys
import convviz.engine, convviz.engine.kernels, convviz.engine.trace
x = convviz.engine.conv2d([[1.0, 2.0], [3.0, 4.0]], [[1.0]])
print(json.dumps({"loaded": sorted(m for m in sys.modules if m.split(".")[0] in %r), "out": x.tolist()}))
""" % (FORBIDDEN,)


def test_engine_imports_without_gui_libraries():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["out"] == [[1.0, 2.0], [3.0, 4.0]]
    assert result["loaded"] == [], f"convviz.engine pulled in {result['loaded']}"
