"""ONNX models in: ``load(path)`` reads a model (weights inside, or in sibling files) into an
engine graph; ``save(stack, path)`` writes a convviz stack out (``onnx_export``).

The file is hostile: its size is bounded before it is parsed, external weights must be plain
files beside the model (no absolute paths, no ``..``, no links out of the folder) and are read
only within their stated offset and length, every tensor's byte count is checked against its
shape, and every node is mapped onto an engine op (``onnx_ops``) before anything is returned,
so an unsupported operator is named with its node and nothing is half-loaded. The ``onnx``
package only parses; no code from the file runs.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper

from convviz.engine.graph import Graph, Node
from convviz.io.onnx_ops import BUILDERS, OnnxOpError, build
from convviz.model import limits
from convviz.model.network.network import Network
from convviz.text import tr

__all__ = ["OnnxFileError", "load", "save"]

DEFAULT_HW = (224, 224)  # for a model whose input size is not fixed (the ImageNet size)
FLOAT_TYPES = {TensorProto.FLOAT, TensorProto.FLOAT16, TensorProto.DOUBLE, TensorProto.BFLOAT16}


class OnnxFileError(ValueError):
    """A model file that cannot be used; the message says why (and names the node)."""


def save(stack: Any, path: str | os.PathLike[str], input_shape: Any = None) -> None:
    """Write a convviz stack as ONNX: ``onnx_export.save`` (its doc says what is accepted)."""
    from convviz.io import onnx_export  # the writer pulls in the stack model; a reader need not

    onnx_export.save(stack, path, input_shape)


def load(path: str | os.PathLike[str], input_hw: tuple[int, int] | None = None) -> Network:
    """The network in an .onnx file. ``input_hw`` fixes a model's height and width when the
    file leaves them open (else 224×224); a dynamic batch stays dynamic."""
    path = Path(path)
    proto = _parse(path)
    graph = proto.graph
    opset = _default_opset(proto)
    budget = [limits.ONNX_FILE_MAX_BYTES - path.stat().st_size]
    constants = {t.name: _array(t, path.parent, budget) for t in graph.initializer}
    inputs = [i for i in graph.input if i.name not in constants]
    if len(inputs) != 1:
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' has {count} inputs; convviz runs models with one image input").format(
                name=path.name, count=len(inputs)
            )
        )
    input_shape, batch = _input_shape(inputs[0], input_hw)
    if not graph.output:
        raise OnnxFileError(tr("OnnxFiles", "'{name}' declares no output").format(name=path.name))
    if len(graph.node) > limits.ONNX_MAX_NODES:
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' has {count} nodes; convviz opens at most {limit}").format(
                name=path.name, count=f"{len(graph.node):,}", limit=f"{limits.ONNX_MAX_NODES:,}"
            )
        )
    nodes: list[Node] = []
    source_ops: dict[str, str] = {}
    for index, node in enumerate(graph.node):
        name = node.name or f"{node.op_type}_{index}"
        if node.domain not in ("", "ai.onnx"):
            raise OnnxFileError(
                tr(
                    "OnnxFiles", "node {node} uses operator {op} from domain {domain}, which convviz does not read"
                ).format(node=repr(name), op=node.op_type, domain=repr(node.domain))
            )
        attrs = {a.name: _attribute(a, path.parent, budget) for a in node.attribute}
        if node.op_type == "Constant":
            constants[node.output[0]] = _constant(attrs, name)
            continue
        used = [o for o in node.output if o]
        if len(used) > 1 and any(_is_read(graph, o) for o in used[1:]):
            raise OnnxFileError(
                tr("OnnxFiles", "node {node} ({op}): its extra outputs ({outputs}) are not supported").format(
                    node=repr(name), op=node.op_type, outputs=", ".join(used[1:])
                )
            )
        try:
            op = build(node.op_type, attrs, opset, len(node.input))
        except OnnxOpError as exc:
            raise OnnxFileError(tr("OnnxFiles", "node {node}: {reason}").format(node=repr(name), reason=exc)) from None
        nodes.append(Node(name, op, list(node.input), node.output[0]))
        source_ops[name] = node.op_type
    try:
        engine_graph = Graph(nodes, inputs[0].name, graph.output[0].name, constants, limits.MODEL_MAX_VALUE_BYTES)
    except ValueError as exc:
        raise OnnxFileError(tr("OnnxFiles", "'{name}': {reason}").format(name=path.name, reason=exc)) from None
    network = Network(
        engine_graph,
        input_shape,
        graph.name or path.stem,
        _labels(proto),
        batch,
        _notes(proto, input_hw, inputs[0]),
        source_ops,
        open_hw=_leaves_size_open(inputs[0]),
    )
    _dry_run(network, path.name)
    return network


def _parse(path: Path) -> onnx.ModelProto:
    try:
        info = path.stat()
    except OSError as exc:
        raise OnnxFileError(
            tr("OnnxFiles", "Cannot read '{name}': {reason}.").format(name=path.name, reason=exc.strerror or exc)
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise OnnxFileError(tr("OnnxFiles", "Cannot read '{name}': it is not a regular file.").format(name=path.name))
    if info.st_size > limits.ONNX_FILE_MAX_BYTES:
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' is {size} bytes; convviz opens models of at most {limit}.").format(
                name=path.name, size=f"{info.st_size:,}", limit=limits.mib(limits.ONNX_FILE_MAX_BYTES)
            )
        )
    try:
        proto = onnx.load_model_from_string(path.read_bytes())  # external data is read below, checked
    except Exception as exc:  # noqa: BLE001 (protobuf raises DecodeError, RuntimeError, ValueError…)
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' is not an ONNX model ({error}).").format(name=path.name, error=type(exc).__name__)
        ) from None
    if not proto.HasField("graph"):  # an empty file (or stray bytes) parses as an empty message
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' is not an ONNX model (it holds no graph).").format(name=path.name)
        )
    return proto


def _default_opset(proto: onnx.ModelProto) -> int:
    for entry in proto.opset_import:
        if entry.domain in ("", "ai.onnx"):
            return int(entry.version)
    return 1


def _is_read(graph: onnx.GraphProto, name: str) -> bool:
    return any(name in n.input for n in graph.node) or any(o.name == name for o in graph.output)


def _external_bytes(tensor: TensorProto, folder: Path, budget: list[int]) -> bytes:
    info = {entry.key: entry.value for entry in tensor.external_data}
    location = info.get("location", "")
    where = Path(location)
    if not location or where.is_absolute() or ".." in where.parts:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor}: external data {location} must be a file beside the model").format(
                tensor=repr(tensor.name), location=repr(location)
            )
        )
    file = folder / where
    try:
        resolved, root = file.resolve(strict=True), folder.resolve()
        info_stat = resolved.stat()
    except OSError:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor}: its weights file {location} is missing").format(
                tensor=repr(tensor.name), location=repr(location)
            )
        ) from None
    if root not in resolved.parents or not stat.S_ISREG(info_stat.st_mode):
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor}: external data {location} must be a regular file beside the model").format(
                tensor=repr(tensor.name), location=repr(location)
            )
        )
    try:
        offset = int(info.get("offset", "0"))
        length = int(info["length"]) if "length" in info else max(info_stat.st_size - offset, 0)
    except ValueError:
        offset = length = -1
    if offset < 0 or length < 0:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor}: bad offset or length for {location}").format(
                tensor=repr(tensor.name), location=repr(location)
            )
        )
    if offset + length > info_stat.st_size:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor}: bytes {start}–{end} are beyond the end of {location}").format(
                tensor=repr(tensor.name), start=offset, end=offset + length, location=repr(location)
            )
        )
    budget[0] -= length
    if budget[0] < 0:
        raise OnnxFileError(
            tr("OnnxFiles", "the model's weights are larger than {limit}").format(
                limit=limits.mib(limits.ONNX_FILE_MAX_BYTES)
            )
        )
    with open(resolved, "rb") as handle:
        handle.seek(offset)
        return handle.read(length)


def _array(tensor: TensorProto, folder: Path, budget: list[int]) -> np.ndarray:
    """A tensor's values, its byte count checked against its shape first."""
    dims = tuple(int(d) for d in tensor.dims)
    if any(d < 0 for d in dims):
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor} has a negative size in {dims}").format(tensor=repr(tensor.name), dims=dims)
        )
    count = int(np.prod(dims, dtype=np.int64))
    if count * 8 > limits.ONNX_FILE_MAX_BYTES * 2:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor} of shape {dims} is too large").format(tensor=repr(tensor.name), dims=dims)
        )
    if tensor.data_location == TensorProto.EXTERNAL:
        data = _external_bytes(tensor, folder, budget)
        tensor = TensorProto.FromString(tensor.SerializeToString())  # a copy, so the parsed file is untouched
        del tensor.external_data[:]
        tensor.data_location = TensorProto.DEFAULT
        tensor.raw_data = data
    try:
        array = numpy_helper.to_array(tensor)
    except Exception as exc:  # noqa: BLE001 (a byte count that does not match the shape, an unknown type)
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor} cannot be read: {reason}").format(tensor=repr(tensor.name), reason=exc)
        ) from None
    if array.size != count:
        raise OnnxFileError(
            tr("OnnxFiles", "tensor {tensor} holds {count} values for its shape {dims}").format(
                tensor=repr(tensor.name), count=array.size, dims=dims
            )
        )
    if tensor.data_type in FLOAT_TYPES:
        return np.ascontiguousarray(array, dtype=np.float32).reshape(dims)  # a scalar stays 0-d
    return array


def _attribute(attr: onnx.AttributeProto, folder: Path, budget: list[int]) -> Any:
    if attr.type == onnx.AttributeProto.TENSOR:
        return _array(attr.t, folder, budget)
    if attr.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS):
        raise OnnxFileError(
            tr("OnnxFiles", "attribute {name} holds a sub-graph (control flow), which convviz does not run").format(
                name=repr(attr.name)
            )
        )
    value = onnx.helper.get_attribute_value(attr)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list) and value and isinstance(value[0], bytes):
        return [v.decode("utf-8", "replace") for v in value]
    return value


def _constant(attrs: dict[str, Any], name: str) -> np.ndarray:
    if "value" in attrs:
        return np.asarray(attrs["value"])
    for key, dtype in (
        ("value_float", np.float32),
        ("value_floats", np.float32),
        ("value_int", np.int64),
        ("value_ints", np.int64),
    ):
        if key in attrs:
            return np.asarray(attrs[key], dtype=dtype)
    raise OnnxFileError(tr("OnnxFiles", "Constant node {name} has no value convviz can read").format(name=repr(name)))


def _input_shape(
    value: onnx.ValueInfoProto, input_hw: tuple[int, int] | None
) -> tuple[tuple[int, int, int], int | None]:
    kind = value.type.tensor_type
    if value.type.WhichOneof("value") != "tensor_type" or kind.elem_type not in FLOAT_TYPES:
        raise OnnxFileError(tr("OnnxFiles", "the input {name} is not a float tensor").format(name=repr(value.name)))
    dims = [d.dim_value if d.HasField("dim_value") and d.dim_value > 0 else None for d in kind.shape.dim]
    if len(dims) != 4:
        raise OnnxFileError(
            tr("OnnxFiles", "the input {name} has {count} axes; convviz runs NCHW image models (4 axes)").format(
                name=repr(value.name), count=len(dims)
            )
        )
    batch, channels, h, w = dims
    if channels is None:
        raise OnnxFileError(
            tr("OnnxFiles", "the input {name} does not fix its number of channels").format(name=repr(value.name))
        )
    if h is None or w is None:
        want = tuple(input_hw or DEFAULT_HW)
        if h is not None and input_hw is not None and want[0] != h:
            raise OnnxFileError(
                tr("OnnxFiles", "the model's input height is fixed at {fixed}, not {asked}").format(
                    fixed=h, asked=want[0]
                )
            )
        if w is not None and input_hw is not None and want[1] != w:
            raise OnnxFileError(
                tr("OnnxFiles", "the model's input width is fixed at {fixed}, not {asked}").format(
                    fixed=w, asked=want[1]
                )
            )
        h, w = (want[0] if h is None else h), (want[1] if w is None else w)  # only the open side is chosen
        if not (1 <= h <= limits.MODEL_MAX_SIDE and 1 <= w <= limits.MODEL_MAX_SIDE):
            raise OnnxFileError(
                tr("OnnxFiles", "{height}×{width}: convviz runs a model at sides of 1 to {limit} pixels").format(
                    height=h, width=w, limit=f"{limits.MODEL_MAX_SIDE:,}"
                )
            )
    elif input_hw is not None and tuple(input_hw) != (h, w):
        raise OnnxFileError(
            tr("OnnxFiles", "the model's input is fixed at {height}×{width}, not {asked_height}×{asked_width}").format(
                height=h, width=w, asked_height=input_hw[0], asked_width=input_hw[1]
            )
        )
    return (channels, h, w), batch


def _labels(proto: onnx.ModelProto) -> list[str] | None:
    """Class names from the model's metadata: a ``labels``/``classes`` entry, one per line or comma-separated."""
    for entry in proto.metadata_props:
        if entry.key.lower() in ("labels", "classes", "class_names"):
            text = entry.value.strip()
            names = text.splitlines() if "\n" in text else text.split(",")
            return [n.strip() for n in names if n.strip()] or None
    return None


def _leaves_size_open(value: onnx.ValueInfoProto) -> bool:
    dims = value.type.tensor_type.shape.dim
    return any(not d.HasField("dim_value") or d.dim_value <= 0 for d in dims[2:])


def _notes(proto: onnx.ModelProto, input_hw: tuple[int, int] | None, value: onnx.ValueInfoProto) -> list[str]:
    notes = []
    convs = [n for n in proto.graph.node if n.op_type == "Conv"]
    # torch's exporter names a weight it computed (a BatchNorm folded in) onnx::Conv_<n>; the
    # weights it copies keep the module's name (conv1.weight).
    folded = sum(len(n.input) > 1 and n.input[1].startswith("onnx::Conv_") for n in convs)
    if folded and proto.producer_name.lower().startswith("pytorch"):
        # so the filters include it
        if folded == len(convs):
            notes.append(tr("OnnxFiles", "BatchNorm folded into every convolution by the exporter."))
        else:
            note = tr("OnnxFiles", "BatchNorm folded into {folded} of {total} convolutions by the exporter.")
            notes.append(note.format(folded=folded, total=len(convs)))
    if _leaves_size_open(value):
        hw = input_hw or DEFAULT_HW
        note = tr("OnnxFiles", "The file leaves the input size open; it runs at {height}×{width}.")
        notes.append(note.format(height=hw[0], width=hw[1]))
    return notes


def _dry_run(network: Network, name: str) -> None:
    """Run once on zeros so a shape the engine cannot fix, or a pass too large to keep, fails
    here, with the node named."""
    x = np.zeros((network.fixed_batch or 1, *network.input_shape), np.float32)
    try:
        network.graph.run(x)
    except ValueError as exc:
        raise OnnxFileError(
            tr("OnnxFiles", "'{name}' cannot run on a {shape} input: {reason}").format(
                name=name, shape=x.shape, reason=exc
            )
        ) from None


SUPPORTED = sorted([*BUILDERS, "Constant"])
