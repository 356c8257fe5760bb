"""A Keras-style ``model.summary()``: output shape, parameters and multiply-adds per layer."""

from __future__ import annotations

from dataclasses import dataclass

from convviz.engine.layers import Layer, Shape


@dataclass(frozen=True)
class SummaryRow:
    name: str
    output_shape: Shape
    params: int
    mult_adds: int


@dataclass(frozen=True)
class Summary:
    input_shape: Shape
    rows: list[SummaryRow]
    total_params: int
    total_mult_adds: int

    def __str__(self) -> str:
        header = ("Layer", "Output shape", "Param #", "Mult-adds")
        body = [(r.name, str(r.output_shape), f"{r.params:,}", f"{r.mult_adds:,}") for r in self.rows]
        widths = [max(len(row[i]) for row in [header, *body]) for i in range(4)]
        line = "  ".join(f"{{:<{widths[i]}}}" if i == 0 else f"{{:>{widths[i]}}}" for i in range(4))
        rule = "-" * (sum(widths) + 6)
        lines = [f"Input shape: {self.input_shape}", rule, line.format(*header), rule]
        lines += [line.format(*row) for row in body]
        lines += [rule, f"Total params: {self.total_params:,}", f"Total mult-adds: {self.total_mult_adds:,}"]
        return "\n".join(lines)


def summary(layers: list[Layer], input_shape: Shape) -> Summary:
    """Rows for each layer given a per-sample input shape (C, H, W); raises ValueError on a
    layer that cannot take the shape before it."""
    shape = tuple(int(s) for s in input_shape)
    rows: list[SummaryRow] = []
    counts: dict[str, int] = {}
    for layer in layers:
        counts[layer.name] = counts.get(layer.name, 0) + 1
        out = layer.output_shape(shape)
        rows.append(SummaryRow(f"{layer.name}-{counts[layer.name]}", out, layer.num_params, layer.mult_adds(shape)))
        shape = out
    return Summary(
        tuple(int(s) for s in input_shape),
        rows,
        sum(r.params for r in rows),
        sum(r.mult_adds for r in rows),
    )
