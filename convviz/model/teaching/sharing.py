"""Parameter sharing counted: one set of weights slid over every position, against one set per
output position (a locally connected layer with the same windows). Qt-free.

The notes' example: 20 filters 8×8 on 32×32×3, stride 2, pad 1 → 14×14×20, 3,860 shared
parameters against 14 · 14 · 3,860 = 756,560 without sharing.
"""

from __future__ import annotations

from dataclasses import dataclass

from convviz.text import tr


@dataclass(frozen=True)
class SharingCount:
    in_channels: int
    filters: int
    kernel_hw: tuple[int, int]
    out_hw: tuple[int, int]
    bias: bool = True

    @property
    def per_filter(self) -> int:
        """Weights (+ bias) of one filter: C · kH · kW (+ 1)."""
        return self.in_channels * self.kernel_hw[0] * self.kernel_hw[1] + int(self.bias)

    @property
    def shared(self) -> int:
        """F · (C · kH · kW + 1): the filters are the same at every position."""
        return self.filters * self.per_filter

    @property
    def positions(self) -> int:
        return self.out_hw[0] * self.out_hw[1]

    @property
    def unshared(self) -> int:
        """Ho · Wo · F · (C · kH · kW + 1): every output position has filters of its own."""
        return self.positions * self.shared

    def text(self) -> str:
        kh, kw = self.kernel_hw
        b = " + 1" if self.bias else ""
        return tr(
            "Sharing",
            "Shared: {filters} × ({weights}) = {shared} parameters. One set per output position: "
            "{h}·{w} × {shared} = {unshared} parameters ({positions} times as many).",
        ).format(
            filters=self.filters,
            weights=f"{self.in_channels}·{kh}·{kw}{b}",
            shared=f"{self.shared:,}",
            h=self.out_hw[0],
            w=self.out_hw[1],
            unshared=f"{self.unshared:,}",
            positions=f"{self.positions:,}",
        )


def count_sharing(
    in_channels: int, filters: int, kernel_hw: tuple[int, int], out_hw: tuple[int, int], bias: bool = True
) -> SharingCount:
    return SharingCount(int(in_channels), int(filters), (int(kernel_hw[0]), int(kernel_hw[1])), out_hw, bool(bias))
