# A seeded simulation as scripts write them: dice, a random walk, dealing cards, a
# Monte Carlo estimate and a reservoir sample; reproducible because the seed is fixed.
import random
from collections import Counter

random.seed(2024)

rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(10_000))
for total in sorted(rolls):
    print(f"{total:2d} {'#' * (rolls[total] // 50)} {rolls[total]}")

position = 0
furthest = 0
for step in range(1000):
    position += random.choice((-1, 1))
    furthest = max(furthest, abs(position))
print("walk ends at", position, "furthest", furthest)

suits = "♠♥♦♣"
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    print(f"player {i}:", " ".join(hand))

inside = 0
n = 200_000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi is about", 4 * inside / n)

def reservoir(stream, k):
    chosen = []
    for i, item in enumerate(stream):
        if i < k:
            chosen.append(item)
        else:
            j = random.randrange(i + 1)
            if j < k:
                chosen[j] = item
    return chosen

print(reservoir(range(10_000), 8))
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
print("".join(random.choices(alphabet, k=16)))
weights = {"common": 70, "rare": 25, "legendary": 5}
drops = Counter(random.choices(list(weights), weights=list(weights.values()), k=1000))
print(sorted(drops.items()))
print(sorted(random.sample(range(1, 50), 6)))
