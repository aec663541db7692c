#!/usr/bin/python3
"""Reference values for gan4j's optimiser tests (OptimizerTorchParityTest), from PyTorch.

Regenerate with:  /usr/bin/python3 core/src/test/resources/optim/torch_reference.py
The pinned values came from torch 1.13 (Debian python3-torch), CPU, float32.

The problem: two parameters w [2, 3] and b [3] with fixed values; the gradient of each is set by
hand to 2 * c * (p - t) (the gradient of sum(c * (p - t)^2)), computed in float32 exactly as the
Java test computes it. On step 3 (counting from 1) b has no gradient, so each optimiser must skip
it and leave its state alone, as torch does.
"""
import torch

torch.set_num_threads(1)

W0 = [[0.5, -1.25, 2.0], [-0.75, 0.125, 1.5]]
B0 = [0.3, -0.6, 0.9]
TW = [[1.0, 0.5, -1.0], [0.25, -0.5, 2.0]]
TB = [-0.2, 0.4, 0.1]
CW = [[1.0, 0.5, 2.0], [0.25, 1.5, 0.75]]
CB = [0.6, 1.2, 0.3]
STEPS = 6
SKIP_B_AT = 3

CONFIGS = {
    "adam": lambda ps: torch.optim.Adam(ps, lr=0.05, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1, foreach=False),
    "adamw": lambda ps: torch.optim.AdamW(ps, lr=0.05, betas=(0.5, 0.999), eps=1e-8, weight_decay=0.1, foreach=False),
    "sgdMomentum": lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, weight_decay=0.01, foreach=False),
    "sgdNesterov": lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01,
                                              foreach=False),
    "rmsPropCenteredMomentum": lambda ps: torch.optim.RMSprop(ps, lr=0.01, alpha=0.9, eps=1e-8, momentum=0.5,
                                                              centered=True, weight_decay=0.01, foreach=False),
    "rmsProp": lambda ps: torch.optim.RMSprop(ps, lr=0.01, alpha=0.99, eps=1e-8, foreach=False),
}


def run(make):
    w = torch.tensor(W0, dtype=torch.float32, requires_grad=True)
    b = torch.tensor(B0, dtype=torch.float32, requires_grad=True)
    targets = [(w, torch.tensor(TW), torch.tensor(CW)), (b, torch.tensor(TB), torch.tensor(CB))]
    opt = make([w, b])
    for step in range(1, STEPS + 1):
        with torch.no_grad():
            for p, t, c in targets:
                p.grad = 2 * c * (p - t)
        if step == SKIP_B_AT:
            b.grad = None
        opt.step()
    return w.detach().flatten().tolist(), b.detach().flatten().tolist()


def literal(values):
    return "{" + ", ".join("%.9gf" % v for v in values) + "}"


print("// torch", torch.__version__)
for name, make in CONFIGS.items():
    w, b = run(make)
    print("%s: w = %s" % (name, literal(w)))
    print("%s: b = %s" % (name, literal(b)))
