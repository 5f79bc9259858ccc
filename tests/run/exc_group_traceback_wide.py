eg = ExceptionGroup("x", [ValueError(i) for i in range(17)])
eg.add_note("a note")
raise eg
