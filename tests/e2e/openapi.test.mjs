// The exported OpenAPI document (www/openapi.json, written by `cargo xtask export`) is valid
// OpenAPI 3.1: checked against the specification's JSON schema by a maintained validator, with
// every $ref resolved. Needs no browser or sandbox.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";

const here = dirname(fileURLToPath(import.meta.url));
const exported = () => JSON.parse(readFileSync(join(here, "../../www/openapi.json"), "utf8"));

/** The validator's verdict on a document: schema errors, or a $ref that resolves nowhere. */
async function check(doc) {
  const validator = new Validator();
  const res = await validator.validate(doc);
  if (!res.valid) return { valid: false, errors: res.errors };
  try {
    validator.resolveRefs();
  } catch (e) {
    return { valid: false, errors: [String(e)] };
  }
  return { valid: true, version: validator.version };
}

test("www/openapi.json is valid OpenAPI 3.1 and every $ref resolves", async () => {
  const res = await check(exported());
  assert.deepEqual(res, { valid: true, version: "3.1" });
});

test("the validator refuses broken documents", async () => {
  // Each is the exported document with one mistake: the check above can fail.
  const withoutInfo = exported();
  delete withoutInfo.info;
  assert.equal((await check(withoutInfo)).valid, false, "a document without info");

  const bodyParameter = exported();
  const [path, item] = Object.entries(bodyParameter.paths)[0];
  const op = Object.entries(item).find(([k]) => k !== "servers")[1];
  op.parameters = [{ name: "x", in: "body", schema: { type: "string" } }];
  assert.equal((await check(bodyParameter)).valid, false, `an "in: body" parameter on ${path}`);

  const badServer = exported();
  badServer.paths[path].servers = [{ description: "no url" }];
  assert.equal((await check(badServer)).valid, false, "a server without url");

  const danglingRef = exported();
  danglingRef.components.schemas.Dangling = { $ref: "#/components/schemas/NoSuchSchema" };
  assert.equal((await check(danglingRef)).valid, false, "a $ref to nothing");
});
