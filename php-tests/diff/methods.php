<?php
// Classes: static and instance methods, inheritance, traits, abstract
// classes, interfaces, constructors/destructors, magic methods, late static
// binding.

interface Shape
{
    const SIDES = 0;
    public function area(): float;
    public function name(): string;
}

interface Describable
{
    public function describe(): string;
}

trait Greets
{
    private string $greeting = 'hello';
    public function greet(string $who): string { return "{$this->greeting} $who from " . static::class; }
    public static function traitStatic(): string { return 'trait static in ' . static::class; }
    abstract public function name(): string;
}

trait Counts
{
    private static int $instances = 0;
    public static function bump(): int { return ++self::$instances; }
}

abstract class Base implements Shape, Describable
{
    use Greets, Counts;
    protected static string $kind = 'base';
    public function __construct(protected string $label)
    {
        echo "construct ", static::class, " {$this->label}\n";
        static::bump();
    }
    public function __destruct() { echo "destruct ", static::class, " {$this->label}\n"; }
    public function describe(): string
    {
        return sprintf("%s %s sides=%d area=%.3f kind=%s", $this->name(), $this->label, static::SIDES, $this->area(), static::$kind);
    }
    public static function create(...$args): static { return new static(...$args); }
    public static function kindSelf(): string { return self::$kind; }
    public static function kindStatic(): string { return static::$kind; }
    abstract public function area(): float;
}

class Rect extends Base
{
    const SIDES = 4;
    protected static string $kind = 'rect';
    public function __construct(string $label, protected float $w = 1.0, protected float $h = 1.0)
    {
        parent::__construct($label);
    }
    public function area(): float { return $this->w * $this->h; }
    public function name(): string { return 'Rect'; }
}

final class Square extends Rect
{
    protected static string $kind = 'square';
    public function __construct(string $label, float $side = 2.0) { parent::__construct($label, $side, $side); }
    public function name(): string { return 'Square(' . parent::name() . ')'; }
}

class Circle extends Base
{
    public function __construct(string $label, private float $r = 1.0) { parent::__construct($label); }
    public function area(): float { return M_PI * $this->r ** 2; }
    public function name(): string { return 'Circle'; }
}

class Magic
{
    private array $data = ['a' => 1];
    public function __get($n) { echo "__get($n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "__set($n)\n"; $this->data[$n] = $v; }
    public function __isset($n) { return isset($this->data[$n]); }
    public function __unset($n) { echo "__unset($n)\n"; unset($this->data[$n]); }
    public function __call($n, $args) { return "__call $n(" . implode(',', $args) . ")"; }
    public static function __callStatic($n, $args) { return "__callStatic $n(" . implode(',', $args) . ")"; }
    public function __toString(): string { return 'Magic' . json_encode($this->data); }
    public function __invoke($x) { return $x * 2; }
}

class Point
{
    public int $x = 0;
    public $y;
    public ?Point $next = null;
    public function __construct($x = 0, $y = 0) { $this->x = $x; $this->y = $y; }
    public function add(Point $o): static { return new static($this->x + $o->x, $this->y + $o->y); }
    public function len2() { return $this->x * $this->x + $this->y * $this->y; }
    public function __clone() { echo "clone point {$this->x}\n"; }
}

class Model
{
    public static function create(): static { return new static(); }
    public static function who(): string { return static::class; }
    public static function callWho(): string { return static::who() . '/' . self::who(); }
    public function fwd(): string { return forward_static_call([static::class, 'who']); }
}
class User extends Model
{
    public static function who(): string { return 'User!' . parent::who(); }
}

// --- run ---
$shapes = [new Rect('r1', 2, 3), Square::create('s1', 1.5), new Circle('c1', 2)];
foreach ($shapes as $s) {
    echo $s->describe(), "\n";
    echo $s->greet('bob'), "\n";
    var_dump($s instanceof Shape, $s instanceof Rect, $s instanceof Describable);
}
echo Square::traitStatic(), "\n";
echo Rect::kindSelf(), ' ', Rect::kindStatic(), ' ', Square::kindStatic(), "\n";
echo "instances ", Base::bump(), "\n";
echo get_class(Square::create('tmp')), "\n"; // destructed right away
echo "after tmp\n";

try {
    $b = new Base('x');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$m = new Magic();
echo $m->a, "\n";
var_dump($m->missing);
$m->b = 5;
var_dump(isset($m->b), isset($m->zzz), empty($m->a));
unset($m->b);
echo $m->doThing(1, 2), "\n";
echo Magic::staticThing(3), "\n";
echo "$m", " ", $m(21), "\n";
echo strlen($m), "\n";

$p = new Point(1, 2);
$q = $p->add(new Point(3, 4));
echo $q->x, ',', $q->y, ' len2=', $q->len2(), "\n";
$r = clone $q;
$r->x = 100;
echo $q->x, ' ', $r->x, "\n";
try {
    $p->x = "not an int";
} catch (TypeError $e) {
    echo 'TypeError: ', $e->getMessage(), "\n";
}
$p->x = "12"; // coerced
var_dump($p->x);
$p->dyn = 'dynamic'; // deprecated in 8.2: prints a deprecation notice
echo $p->dyn ?? 'unset', "\n";

echo get_class(User::create()), ' ', User::who(), ' ', User::callWho(), ' ', (new User)->fwd(), "\n";
echo Model::callWho(), "\n";

// Method calls in a loop, polymorphic call site.
$total = 0.0;
for ($i = 0; $i < 300; $i++) {
    $total += $shapes[$i % 3]->area();
}
printf("%.6f\n", $total);

$chain = null;
for ($i = 0; $i < 5; $i++) {
    $n = new Point($i, -$i);
    $n->next = $chain;
    $chain = $n;
}
for ($n = $chain, $s = ''; $n !== null; $n = $n->next) {
    $s .= $n->x . ':' . $n->y . ' ';
}
echo $s, "\n";

$obj = new stdClass;
$obj->a = 1;
$obj->list[] = 'x';
$obj->{'weird key'} = true;
var_dump($obj);
var_dump(method_exists('Square', 'greet'), property_exists('Rect', 'w'), get_parent_class(new Square('p')));
echo "unset shapes\n";
unset($shapes, $s);
echo "end\n";
