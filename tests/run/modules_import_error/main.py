# An exception raised while a module is imported: the traceback runs through the import
# statements into the modules' code.
import settings


def main():
    print("not reached")


if __name__ == "__main__":
    main()
