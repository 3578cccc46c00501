#!/usr/bin/env python3
"""What TensorBoard sees in a results folder, read with the tensorboard package's own readers.

    .venv-peers/bin/python scripts/tensorboard_events.py LOGDIR OUT.json

Writes OUT.json: "files", per event file under LOGDIR (path relative to it), the number of records
read with TFRecord's CRC checks on (a bad CRC or a record cut short fails the script); "runs", per
run as `tensorboard --logdir LOGDIR` names them (the folder relative to LOGDIR), the scalars
plugin's tags with their [step, value] lists and the text plugin's tags with their texts. The
optional test Tests/deltacTests/TensorBoardReadBackTests.swift runs it; it needs `pip install
tensorboard` (scripts/install-peers.sh installs it into .venv-peers).
"""
import json
import os
import sys

from tensorboard.backend.event_processing import plugin_event_multiplexer
from tensorboard.compat.proto import event_pb2
from tensorboard.compat.tensorflow_stub import errors, pywrap_tensorflow
from tensorboard.util import tensor_util


def records(path):
    """The number of Event records in `path`; raises on a failed CRC check or a cut record."""
    reader = pywrap_tensorflow.PyRecordReader_New(path, 0)
    count = 0
    while True:
        try:
            reader.GetNext()
        except errors.OutOfRangeError:
            return count
        event_pb2.Event.FromString(reader.record())
        count += 1


def main(logdir, out):
    files = {}
    for folder, _, names in os.walk(logdir):
        for name in names:
            if "tfevents" in name:
                path = os.path.join(folder, name)
                files[os.path.relpath(path, logdir)] = records(path)
    # Keep every event (0: no sampling), as a test wants them all.
    mux = plugin_event_multiplexer.EventMultiplexer(
        tensor_size_guidance={"scalars": 0, "text": 0}
    )
    mux.AddRunsFromDirectory(logdir)
    mux.Reload()
    runs = {run: {"scalars": {}, "text": {}} for run in mux.Runs()}
    for run, tags in mux.PluginRunToTagToContent("scalars").items():
        for tag in tags:
            runs[run]["scalars"][tag] = [
                [e.step, float(tensor_util.make_ndarray(e.tensor_proto))]
                for e in mux.Tensors(run, tag)
            ]
    for run, tags in mux.PluginRunToTagToContent("text").items():
        for tag in tags:
            runs[run]["text"][tag] = [
                tensor_util.make_ndarray(e.tensor_proto).item().decode("utf-8")
                for e in mux.Tensors(run, tag)
            ]
    with open(out, "w") as f:
        json.dump({"files": files, "runs": runs}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
