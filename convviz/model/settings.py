"""Layer settings: an immutable value (`LayerParams`) and its evented holder (`LayerSettings`).

Fields are declared once, on the frozen value, so a snapshot for the compute worker is just
`settings.params` — no copy code to keep in sync.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any

from convviz.model.events import Signal
from convviz.text import tr


class PaddingKind(str, Enum):
    VALID = "valid"
    SAME = "same"
    EXPLICIT = "explicit"


class PaddingMode(str, Enum):
    ZEROS = "zeros"
    REFLECT = "reflect"
    REPLICATE = "replicate"
    CIRCULAR = "circular"


class Activation(str, Enum):
    NONE = "none"
    RELU = "relu"
    LEAKY_RELU = "leaky_relu"
    SIGMOID = "sigmoid"
    TANH = "tanh"


class Pooling(str, Enum):
    NONE = "none"
    MAX = "max"
    AVG = "avg"
    GLOBAL_MAX = "global_max"
    GLOBAL_AVG = "global_avg"

    @property
    def is_global(self) -> bool:
        return self in (Pooling.GLOBAL_MAX, Pooling.GLOBAL_AVG)


class PoolPadding(str, Enum):
    """How a windowed pool treats the map's edge. VALID: no padding, only whole windows
    (torch's default, Keras' 'valid'); CEIL: torch's ceil_mode, a last window that overhangs;
    SAME: TensorFlow/Keras 'same', ⌈in / stride⌉ outputs, the padding never wins or counts."""

    VALID = "valid"
    CEIL = "ceil"
    SAME = "same"


_ENUMS: dict[str, type[Enum]] = {
    "padding_kind": PaddingKind,
    "padding_mode": PaddingMode,
    "activation": Activation,
    "pooling": Pooling,
    "pool_padding": PoolPadding,
}
# The allowed range of every integer setting: the panel's spin boxes use these too, so a
# session file cannot hold a value the panel could not show (or a 37 GiB padding).
LIMITS: dict[str, tuple[int, int]] = {
    "stride": (1, 16),
    "dilation": (1, 16),
    "pool_size": (1, 16),
    "pool_stride": (1, 16),
    "pad_top": (0, 64),
    "pad_bottom": (0, 64),
    "pad_left": (0, 64),
    "pad_right": (0, 64),
}


@dataclass(frozen=True)
class LayerParams:
    """One convolution layer (+ activation + pooling) as plain values."""

    stride: int = 1
    padding_kind: PaddingKind = PaddingKind.VALID
    pad_top: int = 1
    pad_bottom: int = 1
    pad_left: int = 1
    pad_right: int = 1
    padding_mode: PaddingMode = PaddingMode.ZEROS
    dilation: int = 1
    flip: bool = False
    use_bias: bool = True
    activation: Activation = Activation.NONE
    pooling: Pooling = Pooling.NONE
    pool_size: int = 2
    pool_stride: int = 2
    pool_padding: PoolPadding = PoolPadding.VALID  # a session saved before it existed loads as VALID

    def __post_init__(self) -> None:
        # Coerce strings (from JSON, combo boxes) to enums and reject impossible numbers early,
        # so an invalid value never reaches the state.
        for name, enum in _ENUMS.items():
            object.__setattr__(self, name, enum(getattr(self, name)))
        for name, (low, high) in LIMITS.items():
            value = int(getattr(self, name))
            if not low <= value <= high:
                raise ValueError(_between(name, low, high, str(value)))
            object.__setattr__(self, name, value)
        object.__setattr__(self, "flip", bool(self.flip))
        object.__setattr__(self, "use_bias", bool(self.use_bias))

    def padding_arg(self) -> Any:
        """The `padding` argument for engine.conv2d / resolve_padding."""
        if self.padding_kind is PaddingKind.VALID:
            return "valid"
        if self.padding_kind is PaddingKind.SAME:
            return "same"
        return ((self.pad_top, self.pad_bottom), (self.pad_left, self.pad_right))

    def pool_args(self) -> dict[str, Any]:
        """The windowed pool's engine arguments: kernel_size, stride, padding, ceil_mode."""
        padding: Any = "same" if self.pool_padding is PoolPadding.SAME else 0
        ceil = self.pool_padding is PoolPadding.CEIL
        return dict(kernel_size=self.pool_size, stride=self.pool_stride, padding=padding, ceil_mode=ceil)

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.value if isinstance(v, Enum) else v) for k, v in dataclasses.asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LayerParams:
        """Parse values as a file holds them, strictly: a wrong type is refused with the field's
        name, never coerced (stride 2.9 is not 2, "false" is not true); ValueError says why."""
        if not isinstance(data, dict):
            raise ValueError(tr("LayerSettings", "the layer settings must be an object"))
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(fields))
        if unknown:
            raise ValueError(tr("LayerSettings", "unknown layer setting {name}").format(name=f"{unknown[0]!r:.40}"))
        for name, value in data.items():
            if name in _ENUMS:
                allowed = [m.value for m in _ENUMS[name]]
                if not isinstance(value, str) or value not in allowed:
                    raise ValueError(
                        tr("LayerSettings", "{name} must be one of {allowed}, got {value}").format(
                            name=name, allowed=", ".join(allowed), value=_show(value)
                        )
                    )
            elif name in LIMITS:
                low, high = LIMITS[name]
                if type(value) is not int:
                    raise ValueError(
                        tr("LayerSettings", "{name} must be a whole number, got {value}").format(
                            name=name, value=_show(value)
                        )
                    )
                if not low <= value <= high:
                    raise ValueError(_between(name, low, high, _show(value)))
            elif type(value) is not bool:
                raise ValueError(
                    tr("LayerSettings", "{name} must be true or false, got {value}").format(
                        name=name, value=_show(value)
                    )
                )
        return cls(**data)


def _between(name: str, low: int, high: int, value: str) -> str:
    return tr("LayerSettings", "{name} must be between {low} and {high}, got {value}").format(
        name=name, low=low, high=high, value=value
    )


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(LayerParams))


class LayerSettings:
    """Evented holder of a `LayerParams`: read `settings.params.<field>` (typed, immutable);
    write with `update(**fields)`; `changed(field)` fires once per changed field."""

    def __init__(self, params: LayerParams | None = None) -> None:
        self._params = params or LayerParams()
        self.changed = Signal()

    @property
    def params(self) -> LayerParams:
        return self._params

    def update(self, **changes: Any) -> None:
        """Set several fields at once; raises ValueError on bad values, changing nothing."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise AttributeError(f"unknown layer setting(s): {sorted(unknown)}")
        new = dataclasses.replace(self._params, **changes)
        diff = [n for n in FIELDS if getattr(new, n) != getattr(self._params, n)]
        self._params = new  # the whole change first: every listener sees the finished settings
        for name in diff:
            self.changed.emit(name)

    def set_params(self, params: LayerParams) -> None:
        self.update(**{n: getattr(params, n) for n in FIELDS})
