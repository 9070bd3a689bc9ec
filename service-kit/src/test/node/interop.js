// Runs Confluent's official JavaScript Schema Registry client and Avro serde for ConfluentInteropIT.
// Usage: node interop.js serialize   '{"url":..,"topic":..,"value":{..}}'  -> {"bytes": base64}
//        node interop.js deserialize '{"url":..,"topic":..,"bytes":base64}' -> {"value": {..}}
//        node interop.js deserialize-all < '{"url":..,"records":[{"topic":..,"bytes":base64}, ..]}'
//                                         -> {"values": [{..}, ..]} (many records: the JSON comes on stdin)
// Avro bytes (e.g. decimals) travel as {"$bytes": "<hex>"} because JSON has no byte type.
const { SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType, SubjectNameStrategyType } =
  require('@confluentinc/schemaregistry');

const toBuffers = (key, v) => (v && typeof v === 'object' && '$bytes' in v ? Buffer.from(v.$bytes, 'hex') : v);
const fromBuffers = (key, v) => (v && v.type === 'Buffer' && Array.isArray(v.data)
  ? { $bytes: Buffer.from(v.data).toString('hex') } : v);

async function main([command, json]) {
  const args = JSON.parse(command === 'deserialize-all' ? require('fs').readFileSync(0, 'utf8') : json, toBuffers);
  const client = new SchemaRegistryClient({ baseURLs: [args.url] });
  // Topic-based subjects (<topic>-value), schemas registered beforehand by the test.
  const conf = { subjectNameStrategyType: SubjectNameStrategyType.TOPIC };
  if (command === 'serialize') {
    const serializer = new AvroSerializer(client, SerdeType.VALUE,
      { ...conf, autoRegisterSchemas: false, useLatestVersion: true });
    const bytes = await serializer.serialize(args.topic, args.value);
    return { bytes: bytes.toString('base64') };
  }
  if (command === 'deserialize') {
    const deserializer = new AvroDeserializer(client, SerdeType.VALUE, conf);
    return { value: await deserializer.deserialize(args.topic, Buffer.from(args.bytes, 'base64')) };
  }
  if (command === 'deserialize-all') {
    const deserializer = new AvroDeserializer(client, SerdeType.VALUE, conf);
    const values = [];
    for (const record of args.records) {
      values.push(await deserializer.deserialize(record.topic, Buffer.from(record.bytes, 'base64')));
    }
    return { values };
  }
  throw new Error('unknown command ' + command);
}

main(process.argv.slice(2))
  .then((result) => process.stdout.write(JSON.stringify(result, fromBuffers)))
  .catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
