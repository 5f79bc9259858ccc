# Richards: Martin Richards' simulation of an operating system's task scheduler —
# an idle task, a worker, two handlers and two devices passing packets around.
# Classes with inheritance, linked lists and many small method calls.
import sys

BUFSIZE = 4
I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEVICE_A, I_DEVICE_B = 1, 2, 3, 4, 5, 6
K_DEVICE, K_WORK = 1000, 1001


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class DeviceRecord:
    def __init__(self):
        self.pending = None


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class IdleRecord:
    def __init__(self, count):
        self.control = 1
        self.count = count


class WorkerRecord:
    def __init__(self):
        self.destination = I_HANDLER_A
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise ValueError(f"no task {ident}")
        return task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding_or_waiting():
                task = task.link
            else:
                task = task.run()


class Task:
    def __init__(self, scheduler, ident, priority, queue, record, waiting, pending):
        self.scheduler = scheduler
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.record = record
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def holding_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        else:
            packet = None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            packet.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        target = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet):
        record = self.record
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        return self.hold()


class HandlerTask(Task):
    def step(self, packet):
        record = self.record
        if packet is not None:
            if packet.kind == K_WORK:
                record.work_in = packet.append_to(record.work_in)
            else:
                record.device_in = packet.append_to(record.device_in)
        work = record.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class IdleTask(Task):
    def step(self, packet):
        record = self.record
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(I_DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(I_DEVICE_B)


class WorkTask(Task):
    def step(self, packet):
        record = self.record
        if packet is None:
            return self.wait()
        record.destination = I_HANDLER_B if record.destination == I_HANDLER_A else I_HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return self.send(packet)


def simulate(idle_count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, IdleRecord(idle_count), waiting=False, pending=False)
    work = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, I_WORK, 1000, work, WorkerRecord(), waiting=True, pending=True)
    for handler, device, priority in ((I_HANDLER_A, I_DEVICE_A, 2000),
                                      (I_HANDLER_B, I_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, K_DEVICE)
        HandlerTask(s, handler, priority, queue, HandlerRecord(), waiting=True, pending=True)
    DeviceTask(s, I_DEVICE_A, 4000, None, DeviceRecord(), waiting=True, pending=False)
    DeviceTask(s, I_DEVICE_B, 5000, None, DeviceRecord(), waiting=True, pending=False)
    s.run()
    return s.hold_count, s.queue_count


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    for _ in range(rounds):
        holds, queued = simulate(10000)
    print(f"holds: {holds}, packets queued: {queued}")


main()
