"""The warm kernels of a render: more kernels boot than notebooks run at a time."""

import threading
import time

import nbformat

from karabakh_nb.render._execute import Run, execute


def _timed_notebook(path, name):
    nb = nbformat.v4.new_notebook()
    code = (
        "import time\n"
        "from pathlib import Path\n"
        "start = time.time(); time.sleep(1.5)\n"
        f"Path('{name}.txt').write_text(f'{{start}} {{time.time()}}')"
    )
    nb.cells = [nbformat.v4.new_code_cell(code)]
    spec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["kernelspec"] = spec
    nbformat.write(nb, path)
    return path


def test_a_run_with_one_slot_boots_both_kernels_but_runs_one_notebook_at_a_time(tmp_path):
    run = Run(slots=1)
    errors, threads = [], []
    for name in ("first", "second"):
        source = _timed_notebook(tmp_path / f"{name}.ipynb", name)

        def target(source=source, name=name):
            try:
                execute(source, tmp_path / f"{name}.out.ipynb", {}, run, cwd=tmp_path)
            except Exception as exc:  # the test looks at it
                errors.append(exc)

        threads.append(threading.Thread(target=target))
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 120
    while len(run.kernels) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(run.kernels) == 2  # both kernels up, whichever notebook runs
    for thread in threads:
        thread.join(180)
    assert errors == []
    spans = sorted(
        tuple(map(float, (tmp_path / f"{n}.txt").read_text().split())) for n in ("first", "second")
    )
    assert spans[0][1] <= spans[1][0]  # the second began once the first had ended
    assert run.slots is not None
    assert run.slots.acquire(blocking=False)  # the slot was given back


def test_every_page_is_exported_by_one_exporter_with_the_output_of_a_fresh_one(tmp_path):
    from nbconvert import HTMLExporter

    from karabakh_nb.render import _execute

    pages = []
    for title in ("Freedonia", "Sylvania"):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\nThe *{title}* report.")]
        assert _execute.to_html(nb, tmp_path / f"{title}.html", title) == title
        fresh = HTMLExporter(
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
            template_name="lab",
            extra_template_paths=[str(_execute.TEMPLATES)],
            template_file="karabakh_report.html.j2",
        )
        expected, _ = fresh.from_notebook_node(nb, resources={"metadata": {"name": title}})
        pages.append((tmp_path / f"{title}.html").read_text(encoding="utf-8"))
        assert pages[-1] == expected
    assert pages[0] != pages[1]
    assert _execute._exporter.cache_info().currsize == 1
    assert _execute._exporter.cache_info().hits >= 1
