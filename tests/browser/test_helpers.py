"""The helpers catch what they should: without this, a lesson's error could go unseen."""

import nbformat
import pytest
from jlab import assert_no_errors, error_outputs, open_notebook, run_all_cells
from nbformat.v4 import new_code_cell, new_notebook


def test_an_error_stops_run_all_and_is_reported(page, lab):
    nb = new_notebook(cells=[new_code_cell("print('before')"),
                             new_code_cell("import sys\nprint('a warning', file=sys.stderr)"),
                             new_code_cell("1 / 0"),
                             new_code_cell("print('never')")],
                      metadata={"kernelspec": {"name": "python3", "language": "python",
                                               "display_name": "Python 3 (ipykernel)"}})
    nbformat.write(nb, lab.root / "broken.ipynb")
    open_notebook(page, "broken.ipynb")
    run_all_cells(page)  # returns: an error must not leave it waiting
    errors = error_outputs(page)
    assert len(errors) == 2
    assert errors[0].strip() == "a warning" and "ZeroDivisionError" in errors[1]
    with pytest.raises(AssertionError, match="ZeroDivisionError"):
        assert_no_errors(page)
