"""The engine benchmark's cases and targets, as plain data (no numpy: the parent process of the
benchmark only reads this; the timing happens in ``_worker`` subprocesses)."""

from __future__ import annotations

from dataclasses import dataclass, field

LIBRARIES = ("convviz", "scipy", "cv2", "torch", "onnxruntime")
SINGLE_LIBS = ("convviz", "scipy", "cv2", "torch")
LAYER_LIBS = ("convviz", "torch")


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # "single" | "conv" | "pool" | "train" | "model"
    libs: tuple[str, ...]
    params: dict = field(default_factory=dict)
    backward: bool = False  # time forward + backward instead of forward only
    memory_target_mib: float | None = None  # peak extra memory of convviz must stay below


def _single() -> list[Case]:
    cases = []
    for h, w in ((480, 640), (1080, 1920)):
        for k in (3, 5, 7, 11):
            big = (h, w, k) == (1080, 1920, 11)
            cases.append(
                Case(
                    f"{h}x{w} 1ch k{k}",
                    "single",
                    SINGLE_LIBS,
                    {"hw": (h, w), "k": k},
                    memory_target_mib=64.0 if big else None,
                )
            )
    return cases


def _conv() -> list[Case]:
    layers = [
        ("3→16 224² s1", {"cin": 3, "cout": 16, "hw": (224, 224), "stride": 1, "dilation": 1}),
        ("3→16 224² s2", {"cin": 3, "cout": 16, "hw": (224, 224), "stride": 2, "dilation": 1}),
        ("3→16 224² d2", {"cin": 3, "cout": 16, "hw": (224, 224), "stride": 1, "dilation": 2}),
        ("16→32 112² s1", {"cin": 16, "cout": 32, "hw": (112, 112), "stride": 1, "dilation": 1}),
    ]
    cases = []
    for backward in (False, True):
        for label, p in layers:
            tag = "fwd+bwd" if backward else "fwd"
            cases.append(Case(f"conv {label} 3x3 {tag}", "conv", LAYER_LIBS, p, backward=backward))
    return cases


def _pool() -> list[Case]:
    cases = []
    for backward in (False, True):
        for k, s in ((2, 2), (3, 2)):
            tag = "fwd+bwd" if backward else "fwd"
            cases.append(
                Case(f"maxpool {k}x{k}/{s} 16x224² {tag}", "pool", LAYER_LIBS, {"k": k, "s": s}, backward=backward)
            )
    return cases


def _train() -> list[Case]:
    return [Case("LeNet-5 epoch, 4000 digits, batch 64", "train", LAYER_LIBS)]


def _model() -> list[Case]:
    return [Case("ResNet-18 forward 224², random weights", "model", ("convviz", "onnxruntime"))]


CASES: list[Case] = _single() + _conv() + _pool() + _train() + _model()
BY_NAME = {c.name: c for c in CASES}


def targets(case: Case) -> list[tuple[str, str, float]]:
    """(label, ratio column, bound): the ratio must be >= bound for 'scipy/ours', <= otherwise."""
    if case.kind == "single":
        return [("≥8× faster than scipy", "scipy/ours", 8.0), ("within 2.5× of cv2", "ours/cv2", 2.5)]
    if case.kind == "train":
        return [("within 2× of torch", "ours/torch", 2.0)]
    if case.kind == "model":
        return [("within 3× of onnxruntime", "ours/ort", 3.0)]
    if case.backward:  # conv and pool layers, forward + backward
        return [("within 1.5× of torch", "ours/torch", 1.5)]
    if case.kind == "conv":
        return [("within 2× of torch", "ours/torch", 2.0)]
    if case.kind == "pool":
        return [("as fast as torch", "ours/torch", 1.0)]
    return []
