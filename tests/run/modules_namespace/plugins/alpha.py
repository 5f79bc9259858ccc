name = "alpha"
