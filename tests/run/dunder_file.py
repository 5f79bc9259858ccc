print(__file__.endswith("dunder_file.py"), __name__)
