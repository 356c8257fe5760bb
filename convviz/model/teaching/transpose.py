"""Transposed convolution, taken apart for teaching (all arithmetic by the engine).

* Stamping: each input cell adds (its value × the kernel) into the output at stride steps;
  after k steps the output is conv_transpose2d of the input with only its first k cells kept.
* As a matrix: a convolution of an (H, W) input is a sparse matrix C (one row per output cell,
  one column per input cell) built from conv2d of one-hot images; conv_transpose2d(y) is Cᵀ y.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz import engine as E


def conv_matrix(in_hw: tuple[int, int], kernel: np.ndarray, stride: int = 1, padding: int = 0) -> np.ndarray:
    """C with conv2d(x) == (C @ x.ravel()).reshape(out_hw); column j is conv2d of one-hot cell j."""
    h, w = in_hw
    cols = []
    for j in range(h * w):
        one = np.zeros(h * w)
        one[j] = 1.0
        cols.append(E.conv2d(one.reshape(h, w), kernel, stride=stride, padding=padding).ravel())
    return np.stack(cols, axis=1)


@dataclass(frozen=True)
class StampStep:
    index: int  # how many input cells have been stamped (0 = none yet)
    cell: tuple[int, int] | None  # the cell stamped at this step
    stamp: np.ndarray  # what this cell added to the output
    output: np.ndarray  # running output after this step
    out_span: tuple[tuple[int, int], tuple[int, int]] | None  # output rows/cols the stamp covers (inclusive)


class TransposeStamps:
    """Step through conv_transpose2d(x, kernel) one input cell at a time (row-major)."""

    def __init__(
        self, x: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: int = 0, output_padding: int = 0
    ) -> None:
        self.x = np.asarray(x, dtype=np.float64)
        self.kernel = np.asarray(kernel, dtype=np.float64)
        self.stride, self.padding, self.output_padding = stride, padding, output_padding
        self.out_hw = E.conv_transpose2d_output_hw(self.x.shape, self.kernel.shape, stride, padding, output_padding)
        self.full = self._run(self.x)

    def __len__(self) -> int:
        return self.x.size + 1

    def _run(self, x: np.ndarray) -> np.ndarray:
        w = self.kernel[None, None]  # (in=1, out=1, kH, kW)
        return E.conv_transpose2d(x, w, stride=self.stride, padding=self.padding, output_padding=self.output_padding)

    def step(self, k: int) -> StampStep:
        if not 0 <= k < len(self):
            raise ValueError(f"step must be in [0, {len(self) - 1}], got {k}")
        keep = (np.arange(self.x.size) < k).reshape(self.x.shape)
        out = self._run(np.where(keep, self.x, 0.0))
        if k == 0:
            return StampStep(0, None, np.zeros(self.out_hw), out, None)
        r, c = divmod(k - 1, self.x.shape[1])
        one = np.zeros_like(self.x)
        one[r, c] = self.x[r, c]
        kh, kw = self.kernel.shape
        r0, c0 = r * self.stride - self.padding, c * self.stride - self.padding
        span = ((r0, r0 + kh - 1), (c0, c0 + kw - 1))
        return StampStep(k, (r, c), self._run(one), out, span)
