from pipeline.figures import contradicts, same_figure, significant_digits


def test_significant_digits() -> None:
    assert significant_digits(1.4e14) == 2
    assert significant_digits(88.5) == 3
    assert significant_digits(6.71e11) == 3


def test_same_figure_at_stated_precision() -> None:
    assert same_figure(140e12, 1.4e14)
    assert same_figure(1.4e14, 1.413e14)  # 141.3 trillion rounds to "140 trillion"
    assert not same_figure(88.5, 88.7)
    assert not same_figure(3e13, 1.64e13)
    assert not same_figure(5.0, -5.0)


def test_contradiction_respects_bounds_and_ranges() -> None:
    assert contradicts((3e13, None, "="), (1.64e13, None, "="))
    assert not contradicts((1e6, None, ">"), (1.5e6, None, "="))
    assert contradicts((1e6, None, "<"), (1.5e6, None, "="))
    assert not contradicts((5e9, 7e9, "="), (6e9, None, "="))
    assert not contradicts((1.4e14, None, "~"), (1.45e14, None, "="))
    assert contradicts((88.5, None, "="), (88.7, None, "="))
