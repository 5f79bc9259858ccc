print("settings:", __name__)
from loader import load

CONFIG = load("config.ini")
