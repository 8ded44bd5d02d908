<?php
// N-body simulation of the Jovian planets (Sun, Jupiter, Saturn, Uranus,
// Neptune) with a symplectic Euler integrator, dt = 0.01. Prints the total
// energy before and after the given number of steps.

const SOLAR_MASS = 4 * M_PI * M_PI;
const DAYS_PER_YEAR = 365.24;

final class Body
{
    public function __construct(
        public float $x,
        public float $y,
        public float $z,
        public float $vx,
        public float $vy,
        public float $vz,
        public float $mass,
    ) {
    }
}

function make_system(): array
{
    $d = DAYS_PER_YEAR;
    $bodies = [
        new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
        new Body( // Jupiter
            4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
            1.66007664274403694e-03 * $d, 7.69901118419740425e-03 * $d, -6.90460016972063023e-05 * $d,
            9.54791938424326609e-04 * SOLAR_MASS
        ),
        new Body( // Saturn
            8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
            -2.76742510726862411e-03 * $d, 4.99852801234917238e-03 * $d, 2.30417297573763929e-05 * $d,
            2.85885980666130812e-04 * SOLAR_MASS
        ),
        new Body( // Uranus
            1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
            2.96460137564761618e-03 * $d, 2.37847173959480950e-03 * $d, -2.96589568540237556e-05 * $d,
            4.36624404335156298e-05 * SOLAR_MASS
        ),
        new Body( // Neptune
            1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
            2.68067772490389322e-03 * $d, 1.62824170038242295e-03 * $d, -9.51592254519715870e-05 * $d,
            5.15138902046611451e-05 * SOLAR_MASS
        ),
    ];
    // Give the Sun the opposite of the planets' momentum.
    $px = $py = $pz = 0.0;
    foreach ($bodies as $b) {
        $px += $b->vx * $b->mass;
        $py += $b->vy * $b->mass;
        $pz += $b->vz * $b->mass;
    }
    $bodies[0]->vx = -$px / SOLAR_MASS;
    $bodies[0]->vy = -$py / SOLAR_MASS;
    $bodies[0]->vz = -$pz / SOLAR_MASS;
    return $bodies;
}

function energy(array $bodies): float
{
    $e = 0.0;
    $n = count($bodies);
    for ($i = 0; $i < $n; $i++) {
        $a = $bodies[$i];
        $e += 0.5 * $a->mass * ($a->vx * $a->vx + $a->vy * $a->vy + $a->vz * $a->vz);
        for ($j = $i + 1; $j < $n; $j++) {
            $b = $bodies[$j];
            $dx = $a->x - $b->x;
            $dy = $a->y - $b->y;
            $dz = $a->z - $b->z;
            $e -= ($a->mass * $b->mass) / sqrt($dx * $dx + $dy * $dy + $dz * $dz);
        }
    }
    return $e;
}

function advance(array $bodies, int $steps, float $dt): void
{
    $n = count($bodies);
    for ($s = 0; $s < $steps; $s++) {
        for ($i = 0; $i < $n; $i++) {
            $a = $bodies[$i];
            $ax = $a->x;
            $ay = $a->y;
            $az = $a->z;
            $am = $a->mass;
            $avx = $a->vx;
            $avy = $a->vy;
            $avz = $a->vz;
            for ($j = $i + 1; $j < $n; $j++) {
                $b = $bodies[$j];
                $dx = $ax - $b->x;
                $dy = $ay - $b->y;
                $dz = $az - $b->z;
                $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
                $mag = $dt / ($d2 * sqrt($d2));
                $bm = $b->mass * $mag;
                $avx -= $dx * $bm;
                $avy -= $dy * $bm;
                $avz -= $dz * $bm;
                $am2 = $am * $mag;
                $b->vx += $dx * $am2;
                $b->vy += $dy * $am2;
                $b->vz += $dz * $am2;
            }
            $a->vx = $avx;
            $a->vy = $avy;
            $a->vz = $avz;
        }
        foreach ($bodies as $b) {
            $b->x += $dt * $b->vx;
            $b->y += $dt * $b->vy;
            $b->z += $dt * $b->vz;
        }
    }
}

$steps = isset($argv[1]) ? (int)$argv[1] : 750000;
$bodies = make_system();
printf("%.9f\n", energy($bodies));
advance($bodies, $steps, 0.01);
printf("%.9f\n", energy($bodies));
